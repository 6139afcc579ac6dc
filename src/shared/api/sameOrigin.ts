/**
 * How the page asks for a data file next to it. `same-origin`: a server that redirects the file to another origin
 * gets a failed request, not a request to that origin (no request leaves the page's origin).
 */
export const sameOriginRequest = (accept: string): RequestInit => ({ mode: 'same-origin', headers: { accept } });
