import { secureHeaders } from 'hono/secure-headers'

/**
 * Strict headers on every response: only our own stylesheet and script, no framing, a
 * referrer only to this site (an invitation URL must never leak to another), HSTS for a year.
 * `same-origin` rather than `no-referrer`: under `no-referrer` a browser without Fetch
 * Metadata sends `Origin: null` with a form post, and the origin check must refuse it.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    scriptSrc: ["'self'"],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
})
