/**
 * Security headers on every response, through Hono's `secureHeaders`. The app's CSP allows only
 * its own scripts, styles, images (and `data:` for the QR codes and icons), and connections to
 * its own origin (the API and the WebSocket); nothing may frame it; no URL leaks as a Referer
 * (link tokens sit in the fragment, but the rest of a URL names the board). A route that sets
 * a header itself keeps its own (the printable report has a stricter CSP).
 */
import { secureHeaders } from 'hono/secure-headers';

export const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: APP_CSP,
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
  // The built client loads nothing from other origins, but embedding isolation would also block
  // the printable report's `data:` images in some browsers: not needed for what it protects.
  crossOriginEmbedderPolicy: false,
  // Served over plain HTTP on a laptop in the room as often as behind TLS: HSTS is the proxy's to send.
  strictTransportSecurity: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  overwrite: false,
});
