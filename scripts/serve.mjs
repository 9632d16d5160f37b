// Serves the release bundle at http://127.0.0.1:8080/ (PORT to change).
import { serve, DIST } from "../tests/e2e/harness.mjs";
const s = await serve(DIST, "/", Number(process.env.PORT ?? 8080));
console.log(`The explainer is at ${s.url}  (single file: ${s.url}explainer.html; Ctrl+C stops)`);
