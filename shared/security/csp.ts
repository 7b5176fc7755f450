// The one Content-Security-Policy of the renderer: sent as a header by the desktop protocol handler
// and the browser-mode host, and written into index.html's <meta> at build time.
// style-src needs 'unsafe-inline' because antd (cssinjs) and Cytoscape set inline styles.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
