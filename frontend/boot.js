// Starts the app. A file of its own (not inline) so the Content-Security-Policy needs no
// 'unsafe-inline'. The build replaces the two names with the content-hashed ones.
import init, { start } from "/{{GLUE}}";

init({ module_or_path: "/{{WASM}}" }).then(() => start());
