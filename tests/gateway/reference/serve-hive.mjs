// Runs Hive Gateway on 127.0.0.1 as a second reference: the runtime and HTTP transport that the
// @graphql-hive/gateway command runs, without its UI and cloud plugins (a quarter of the install).
// Usage: node serve-hive.mjs SUPERGRAPH_FILE PORT. Forwards the client's Authorization header to every
// subgraph; prints "listening PORT" when ready. The supergraph is the one @apollo/composition printed.
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";

const [supergraphFile, port] = process.argv.slice(2);

const gateway = createGatewayRuntime({
  supergraph: readFileSync(supergraphFile, "utf8"),
  graphqlEndpoint: "/",
  landingPage: false,
  graphiql: false,
  logging: "error",
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") }),
  },
});
const server = createServer(gateway);
server.listen(Number(port), "127.0.0.1", () => console.log(`listening ${port}`));
// The runtime waits for open connections to drain on SIGTERM; a test reference stops at once.
process.on("SIGTERM", () => process.exit(0));
