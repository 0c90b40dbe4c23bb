// Whether every segment of the URL's path can be percent-decoded. Next.js
// answers an undecodable dynamic segment (`/afspraken/%ff`) with a bare
// English 500, so such requests are shown the portal's own 404 instead.
export function isDecodablePath(url) {
  const path = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
