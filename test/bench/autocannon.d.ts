// autocannon ships no types; this declares the part of its API the benchmark uses.
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request) => Request
  }

  interface Options {
    url: string
    connections?: number
    amount?: number
    duration?: number
    timeout?: number
    bailout?: number
    method?: string
    headers?: Record<string, string>
    requests?: Request[]
  }

  export interface Result {
    errors: number
    timeouts: number
    statusCodeStats: Record<string, { count: number }>
    requests: { sent: number }
    /** Milliseconds, over every request of the run. */
    latency: { p50: number; p99: number }
  }

  interface Instance extends PromiseLike<Result> {
    stop(): void
    on(event: 'response', listener: () => void): Instance
  }

  export default function autocannon(options: Options): Instance
}
