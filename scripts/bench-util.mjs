// Shared by the size report and the benchmarks.
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a buffer, in bytes. */
export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
