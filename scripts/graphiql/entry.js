// The gateway's query page bundle: GraphiQL (docs explorer, history, autocompletion) with React, for
// gateway/static/graphiql/page.js to render. Monaco's workers are separate files beside this one.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === "graphql" || label === "json" ? label : "editor";
    return new Worker(`${globalThis.DIBAO_GRAPHIQL_BASE || "/graphiql/"}${name}.worker.js`);
  },
};

globalThis.DibaoGraphiQL = { React, createRoot, GraphiQL };
