import { defaultPersistTo, isOwnDevServer, root } from './local.ts'

/**
 * The port of this checkout's running `npm start`, which `report --send` sends through: its
 * --port, else PORT, else 8787. Whatever else answers there (another checkout's server,
 * another program) is refused before anything is built, since a report run is not undone by
 * a send that fails.
 */
export async function sendTarget(flags: { port?: string }): Promise<number> {
  const port = Number(flags.port ?? process.env.PORT ?? 8787)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a port number, not "${flags.port}"`)
  if (!(await isOwnDevServer(port, defaultPersistTo)))
    throw new Error(
      `what answers on port ${port} is not the npm start of this checkout (${root}), so --send ` +
        'refuses to trigger it. Start it here with npm start -- --scheduled, or name its port with --port.'
    )
  return port
}
