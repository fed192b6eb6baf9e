"""Every code the gateway answers with beside the common ones (kernel.error_codes).

Most are Apollo's: @apollo/gateway and Apollo Server answer the same requests with the same codes, and clients
written for them match on these; the limits and the subgraph failures are the gateway's own.
"""

from kernel.error_codes import ErrorCode


class GatewayErrorCode(ErrorCode):
    """The gateway's own refusals and failures; the README's error table lists each with its meaning."""

    COMPOSITION_FAILED = (
        "COMPOSITION_FAILED",
        "the subgraphs' schemas did not compose on a reload; the gateway keeps the supergraph it had",
    )
    DOWNSTREAM_SERVICE_ERROR = "DOWNSTREAM_SERVICE_ERROR", "a subgraph answered with an error that carried no code"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED", "the operation is not GraphQL (a syntax error)"
    GRAPHQL_VALIDATION_FAILED = (
        "GRAPHQL_VALIDATION_FAILED",
        "the operation does not validate against the schema (each message says where)",
    )
    INVALID_GRAPHQL = "INVALID_GRAPHQL", "a document of several operations came without the name of the one to run"
    OPERATION_NOT_FOUND = "OPERATION_NOT_FOUND", "the document holds no operation of the name given"
    PERSISTED_QUERY_NOT_FOUND = (
        "PERSISTED_QUERY_NOT_FOUND",
        "the gateway holds no operation of that hash; send the hash again with the query text",
    )
    PERSISTED_QUERY_NOT_IN_LIST = (
        "PERSISTED_QUERY_NOT_IN_LIST",
        "the gateway runs only its trusted operations, and this one is not among them",
    )
    PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED", "automatic persisted queries are switched off"
    QUERY_PLANNING_FAILED = "QUERY_PLANNING_FAILED", "the gateway could not plan the operation across the subgraphs"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX", "the operation selects more fields than allowed, fragments expanded"
    QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY", "the operation's estimated cost is above `DIBAO_MAX_QUERY_COST`"
    QUERY_TOO_DEEP = "QUERY_TOO_DEEP", "the operation nests fields deeper than allowed"
    QUERY_TOO_MANY_ALIASES = (
        "QUERY_TOO_MANY_ALIASES",
        "the operation uses more aliased fields than `DIBAO_MAX_ALIASES`, fragments expanded",
    )
    SUBGRAPH_INVALID_RESPONSE = (
        "SUBGRAPH_INVALID_RESPONSE",
        "a subgraph answered with something that is not a GraphQL response",
    )
    SUBGRAPH_TIMEOUT = "SUBGRAPH_TIMEOUT", "a subgraph did not answer in time"
    SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE", "a subgraph could not be reached"
    SUBSCRIPTION_NOT_SUPPORTED = (
        "SUBSCRIPTION_NOT_SUPPORTED",
        "the gateway serves queries and mutations, not subscriptions",
    )
