// Composes subgraph SDL with @apollo/composition. Input (stdin): JSON [{name, url, sdl}].
// Output (stdout): JSON {ok, supergraphSdl, apiSchema, errors}; apiSchema is printed with types sorted.
import { composeServices } from "@apollo/composition";
import { buildSchema, lexicographicSortSchema, parse, printSchema } from "graphql";
import { readFileSync } from "node:fs";

const services = JSON.parse(readFileSync(0, "utf8")).map(({ name, url, sdl }) => ({
  name, url, typeDefs: parse(sdl),
}));
const result = composeServices(services);
if (result.errors) {
  console.log(JSON.stringify({ ok: false, errors: result.errors.map((e) => ({
    code: e.extensions?.code ?? null, message: e.message })) }));
} else {
  const api = result.schema.toAPISchema().toGraphQLJSSchema();
  console.log(JSON.stringify({ ok: true, supergraphSdl: result.supergraphSdl,
    apiSchema: printSchema(lexicographicSortSchema(buildSchema(printSchema(api)))) }));
}
