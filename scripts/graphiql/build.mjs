// node build.mjs [outdir]: the bundle and Monaco's three workers, minified, no source maps, for the gateway.
import * as esbuild from "esbuild";

const outdir = process.argv[2] || "dist";
const common = { bundle: true, minify: true, format: "iife", target: "es2020", legalComments: "eof", logLevel: "warning",
                 define: { "process.env.NODE_ENV": '"production"' } };
await esbuild.build({ ...common, entryPoints: { graphiql: "entry.js" }, outdir,
                      loader: { ".ttf": "file", ".woff": "file", ".woff2": "file" }, assetNames: "[name]" });
await esbuild.build({ ...common, outdir, entryPoints: {
  "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
  "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
  "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
} });
