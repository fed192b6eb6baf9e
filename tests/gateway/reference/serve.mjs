// Runs the reference gateway on 127.0.0.1. Usage: node serve.mjs SUPERGRAPH_FILE PORT
// Forwards the client's Authorization header to every subgraph; prints "listening PORT" when ready.
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";

const [supergraphFile, port] = process.argv.slice(2);

class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    if (context.authorization) request.http.headers.set("authorization", context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphFile, "utf8"),
  buildService: ({ url }) => new ForwardingDataSource({ url }),
});
const server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(port) },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`listening ${new URL(url).port}`);
