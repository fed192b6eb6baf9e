"""More operations for the comparison with the reference gateway, each run as one or more roles.

Grouped by what they exercise: entity chains, aliases, fragments, conditions on fields that cross
subgraphs, variables of every input kind, validation and coercion messages (one operation per message
shape), introspection. Mutations here are all refused before any subgraph (by validation or by their
variables), so nothing is written. "$HOUSEHOLD"/"$PERSON"/"$REGION"/"$CURSOR" are replaced by real ids (the cursor after a
first page of three households).
"""

from __future__ import annotations

OFFICER, AUDITOR, INSPECTOR, VILLAGE, TOWNSHIP, APPROVER, BANK = (
    "municipal.officer",
    "county.auditor",
    "inspector",
    "village.assistant",
    "township.officer",
    "county.approver",
    "bank.rcc",
)
EVERYONE = (OFFICER, AUDITOR, INSPECTOR, VILLAGE, TOWNSHIP, APPROVER, BANK)
LOCAL = (OFFICER, VILLAGE, TOWNSHIP)

REGISTER = "mutation($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { id } }"
FIRST = "query($n: Int!) { households(first: $n) { id } }"

# (name, query, variables, roles)
MORE_OPERATIONS: list[tuple[str, str, dict, tuple[str, ...]]] = [
    # --- entity chains ---------------------------------------------------------------------------
    (
        "chain members household payments",
        "{ households(first: 4) { id members { id household { id payments { period amount } } } } }",
        {},
        (OFFICER, VILLAGE, AUDITOR),
    ),
    (
        "chain members household findings",
        "{ households(first: 4) { members { household { findings { rule severity } } } } }",
        {},
        (OFFICER, INSPECTOR, VILLAGE),
    ),
    (
        "chain head household bank account",
        "{ households(first: 4) { head { household { bankAccount { bankName holderName } } } } }",
        {},
        (AUDITOR, OFFICER, VILLAGE),
    ),
    (
        "chain four hops",
        "{ households(first: 2) { head { household { members { household { id payments { amount } "
        "findings { rule } } } } } } }",
        {},
        (OFFICER, TOWNSHIP),
    ),
    (
        "chain person to findings",
        "query($id: ID!) { person(id: $id) { name household { id findings { rule status } payments { period } } } }",
        {"id": "$PERSON"},
        (OFFICER, INSPECTOR, VILLAGE),
    ),
    (
        "chain household by id all subgraphs",
        "query($id: ID!) { household(id: $id) { id status payments { amount } "
        "findings { rule } bankAccount { bankName } region { name } } }",
        {"id": "$HOUSEHOLD"},
        (AUDITOR, VILLAGE),
    ),
    (
        "chain region then payments",
        "{ households(first: 5) { region { code name } payments { amount status } } }",
        {},
        (OFFICER, TOWNSHIP),
    ),
    (
        "chain members twice",
        "{ households(first: 3) { members { name } head { household { members { relation } } } } }",
        {},
        (OFFICER,),
    ),
    (
        "chain payments only",
        "{ households(first: 6) { payments { period amount status paidOn } } }",
        {},
        (OFFICER, BANK, VILLAGE),
    ),
    (
        "chain findings only",
        "{ households(first: 6) { findings { id rule severity status raisedAt } } }",
        {},
        (INSPECTOR, OFFICER, BANK),
    ),
    (
        "chain bank account only",
        "{ households(first: 6) { bankAccount { bankName accountNumber kind isCurrent } } }",
        {},
        (AUDITOR, BANK, OFFICER),
    ),
    (
        "chain payments with period argument",
        '{ households(first: 6) { id payments(period: "2026-02") { period amount } } }',
        {},
        (OFFICER,),
    ),
    # --- aliases ---------------------------------------------------------------------------------
    (
        "alias root twice",
        "{ first: households(first: 2) { id } second: households(first: 3) { id status } }",
        {},
        (OFFICER, VILLAGE),
    ),
    (
        "alias entity fields twice",
        '{ households(first: 4) { id jan: payments(period: "2026-01") { amount } '
        'feb: payments(period: "2026-02") { amount } } }',
        {},
        (OFFICER,),
    ),
    ("alias inside entity", "{ households(first: 4) { findings { kind: rule level: severity } } }", {}, (INSPECTOR,)),
    (
        "alias on chain",
        "{ households(first: 3) { people: members { who: name home: household { key: id money: "
        "payments { yuan: amount } } } } }",
        {},
        (OFFICER,),
    ),
    (
        "alias swap across subgraphs",
        "{ households(first: 4) { payments: findings { rule } findings: payments { amount } } }",
        {},
        (OFFICER, INSPECTOR),
    ),
    ("alias on bank account", "{ households(first: 4) { acct: bankAccount { bank: bankName } } }", {}, (AUDITOR,)),
    (
        "alias typename in entity",
        "{ households(first: 3) { kind: __typename payments { kind: __typename amount } } }",
        {},
        (OFFICER,),
    ),
    (
        "alias same key different args",
        '{ households(first: 3) { id all: payments { period } some: payments(period: "2026-03") { period } } }',
        {},
        (OFFICER,),
    ),
    (
        "alias roots across subgraphs",
        "{ h: households(first: 2) { id } p: payments(first: 2) { amount } f: findings(first: 2) { rule } }",
        {},
        (OFFICER, INSPECTOR),
    ),
    (
        "alias region name",
        "{ households(first: 3) { where: region { label: name parent: parentCode } } }",
        {},
        (OFFICER,),
    ),
    # --- fragments -------------------------------------------------------------------------------
    (
        "fragment on entity field",
        "fragment P on Payment { period amount } { households(first: 4) { id payments { ...P } } }",
        {},
        (OFFICER, VILLAGE),
    ),
    (
        "fragment spanning subgraphs",
        "fragment H on Household { id status payments { amount } findings { rule } "
        "bankAccount { bankName } } { households(first: 3) { ...H } }",
        {},
        (AUDITOR, OFFICER),
    ),
    (
        "fragment used twice",
        "fragment H on Household { id payments { amount } } { a: households(first: 2) { ...H } "
        "b: households(first: 3) { ...H } }",
        {},
        (OFFICER,),
    ),
    (
        "fragment in chain",
        "fragment M on Person { name household { findings { rule } } } { households(first: 3) { members { ...M } } }",
        {},
        (INSPECTOR, OFFICER),
    ),
    (
        "inline fragments nested",
        "{ households(first: 3) { ... on Household { id ... on Household { payments { amount } } } } }",
        {},
        (OFFICER,),
    ),
    (
        "fragment and field together",
        "fragment F on Household { findings { rule } } { households(first: 3) { id findings { severity } ...F } }",
        {},
        (INSPECTOR,),
    ),
    (
        "fragment on Person root",
        "fragment P on Person { id name relation } query($id: ID!) { person(id: $id) { ...P } }",
        {"id": "$PERSON"},
        (OFFICER, AUDITOR),
    ),
    ("fragment on Region", "fragment R on Region { code name level } { regions { ...R } }", {}, (OFFICER,)),
    (
        "fragment nested three",
        "fragment A on Payment { amount } fragment B on Household { payments { ...A } } "
        "fragment C on Person { household { ...B } } { households(first: 3) { members { ...C } } }",
        {},
        (OFFICER,),
    ),
    (
        "untyped inline fragment entity",
        "{ households(first: 3) { ... { findings { rule } bankAccount { bankName } } } }",
        {},
        (AUDITOR,),
    ),
    # --- @skip / @include on fields that cross subgraphs -------------------------------------------
    (
        "include payments and findings",
        "query($a: Boolean!, $b: Boolean!) { households(first: 3) { id payments "
        "@include(if: $a) { amount } findings @include(if: $b) { rule } } }",
        {"a": True, "b": False},
        (OFFICER,),
    ),
    (
        "include both false",
        "query($a: Boolean!, $b: Boolean!) { households(first: 3) { id payments @include(if: $a) "
        "{ amount } findings @include(if: $b) { rule } } }",
        {"a": False, "b": False},
        (OFFICER,),
    ),
    (
        "skip bank account",
        "query($s: Boolean!) { households(first: 3) { id bankAccount @skip(if: $s) { bankName } } }",
        {"s": False},
        (AUDITOR,),
    ),
    (
        "skip and include same field",
        "query($s: Boolean!, $i: Boolean!) { households(first: 3) { id payments "
        "@skip(if: $s) @include(if: $i) { amount } } }",
        {"s": False, "i": True},
        (OFFICER,),
    ),
    (
        "skip and include excluded",
        "query($s: Boolean!, $i: Boolean!) { households(first: 3) { id payments "
        "@skip(if: $s) @include(if: $i) { amount } } }",
        {"s": True, "i": True},
        (OFFICER,),
    ),
    (
        "include on chain",
        "query($on: Boolean!) { households(first: 3) { members { household @include(if: $on) "
        "{ payments { amount } } } } }",
        {"on": True},
        (OFFICER,),
    ),
    (
        "include on chain off",
        "query($on: Boolean!) { households(first: 3) { members { name household @include(if: $on) "
        "{ payments { amount } } } } }",
        {"on": False},
        (OFFICER,),
    ),
    (
        "skip on fragment spread",
        "fragment F on Household { findings { rule } } query($s: Boolean!) { households("
        "first: 3) { id ...F @skip(if: $s) } }",
        {"s": True},
        (INSPECTOR,),
    ),
    (
        "include inside entity",
        "query($on: Boolean!) { households(first: 3) { payments { amount period @include(if: $on) } } }",
        {"on": False},
        (OFFICER,),
    ),
    (
        "include default variable",
        "query($on: Boolean = true) { households(first: 3) { id findings @include(if: $on) { rule } } }",
        {},
        (INSPECTOR,),
    ),
    (
        "skip literal on entity",
        "{ households(first: 3) { id payments @skip(if: true) { amount } findings @skip(if: false) { rule } } }",
        {},
        (OFFICER,),
    ),
    (
        "include on key field",
        "query($on: Boolean!) { households(first: 3) { id @include(if: $on) payments { amount } } }",
        {"on": False},
        (OFFICER,),
    ),
    (
        "include on inline fragment across subgraphs",
        "query($on: Boolean!) { households(first: 3) { id ... on Household "
        "@include(if: $on) { bankAccount { bankName } findings { rule } } } }",
        {"on": True},
        (AUDITOR,),
    ),
    # --- variables of every input kind ------------------------------------------------------------
    ("variable int", FIRST, {"n": 2}, (OFFICER, VILLAGE)),
    ("variable int default", "query($n: Int! = 3) { households(first: $n) { id } }", {}, (OFFICER,)),
    (
        "variable enum null",
        "query($s: HouseholdStatus) { households(first: 3, status: $s) { id } }",
        {"s": None},
        (OFFICER,),
    ),
    (
        "variable enum argument",
        "query($s: FindingStatus) { findings(first: 3, status: $s) { rule status severity } }",
        {"s": "OPEN"},
        (INSPECTOR,),
    ),
    (
        "c unknown enum value in an input object",
        REGISTER,
        {
            "i": {
                "regionCode": "431102100200",
                "urbanRural": "RURAL",
                "members": [{"name": "张三", "idNumber": "1", "relation": "COUSIN"}],
            }
        },
        (VILLAGE,),
    ),
    (
        "literal enum arguments",
        "{ findings(first: 3, status: OPEN, severity: HIGH) { rule severity } "
        "households(first: 2, status: ACTIVE) { status reviewClass } }",
        {},
        (INSPECTOR, OFFICER),
    ),
    (
        "literal enum shared by two subgraphs",
        "{ regions { level } findingMetrics(level: county) { regionCode } }",
        {},
        (OFFICER,),
    ),
    ("variable id", "query($id: ID!) { household(id: $id) { id } }", {"id": "$HOUSEHOLD"}, (OFFICER, VILLAGE)),
    ("variable id as number", "query($id: ID!) { household(id: $id) { id status } }", {"id": 999999}, (OFFICER,)),
    (
        "variable boolean",
        "query($o: Boolean!) { findings(first: 3, overdue: $o) { rule } }",
        {"o": False},
        (INSPECTOR,),
    ),
    (
        "variable date",
        "query($d: Date) { households(first: 2) { id assessment(on: $d) { eligible } } }",
        {"d": "2026-03-01"},
        (OFFICER,),
    ),
    (
        "variable date null",
        "query($d: Date) { households(first: 2) { id assessment(on: $d) { eligible } } }",
        {"d": None},
        (OFFICER,),
    ),
    ("variable list of strings", "query($l: [String!]) { households(first: 2) { id } }", {"l": ["a", "b"]}, (OFFICER,)),
    ("variable list single value", "query($l: [String!]) { households(first: 2) { id } }", {"l": "a"}, (OFFICER,)),
    ("variable enum", "query($u: UrbanRural) { households(first: 2) { id } }", {"u": "URBAN"}, (OFFICER,)),
    (
        "variable input object unused",
        "query($i: MemberInput) { households(first: 2) { id } }",
        {"i": {"name": "张三", "idNumber": "1", "relation": "HEAD"}},
        (OFFICER,),
    ),
    ("variable json", "query($j: JSON) { households(first: 2) { id } }", {"j": {"a": [1, {"b": None}]}}, (OFFICER,)),
    (
        "variable used twice across subgraphs",
        "query($p: String) { payments(period: $p, first: 2) { amount } "
        "households(first: 2) { payments(period: $p) { period } } }",
        {"p": "2026-01"},
        (OFFICER,),
    ),
    (
        "variable only in entity fetch",
        "query($p: String) { households(first: 3) { payments(period: $p) { period } } }",
        {"p": "2026-02"},
        (OFFICER, VILLAGE),
    ),
    ("variable string region", "query($r: String) { regions(parentCode: $r) { code } }", {"r": "$REGION"}, (OFFICER,)),
    (
        "bad custom scalar variable",
        "query($d: Date) { households(first: 2) { id assessment(on: $d) { eligible } findings { rule } } }",
        {"d": "not a date"},
        (OFFICER,),
    ),
    (
        "bad date literal in chain",
        "{ households(first: 2) { id payments { amount } members { household { assessment("
        'on: "2026-13-45") { eligible } } } } }',
        {},
        (OFFICER,),
    ),
    # --- validation: one operation per message shape -------------------------------------------------
    ("v type definition", "type Foo { a: Int } { households(first: 1) { id } }", {}, (OFFICER,)),
    ("v duplicate operation", "query A { households(first: 1) { id } } query A { regions { code } }", {}, (OFFICER,)),
    ("v anonymous not alone", "{ households(first: 1) { id } } { regions { code } }", {}, (OFFICER,)),
    ("v unknown type in fragment", "fragment F on Nope { id } { households(first: 1) { ...F } }", {}, (OFFICER,)),
    ("v unknown variable type", "query($x: Nope) { households(first: 1) { id } }", {}, (OFFICER,)),
    ("v fragment on scalar", "fragment F on String { id } { households(first: 1) { ...F } }", {}, (OFFICER,)),
    ("v output type variable", "query($h: Household) { households(first: 1) { id } }", {}, (OFFICER,)),
    ("v missing subselection", "{ households(first: 1) }", {}, (OFFICER,)),
    ("v subselection on scalar", "{ households(first: 1) { id { x } } }", {}, (OFFICER,)),
    (
        "v duplicate fragment",
        "fragment F on Household { id } fragment F on Household { status } { households(first: 1) { ...F } }",
        {},
        (OFFICER,),
    ),
    ("v unused fragment", "fragment F on Household { id } { households(first: 1) { id } }", {}, (OFFICER,)),
    ("v impossible spread", "{ households(first: 1) { ... on Payment { amount } } }", {}, (OFFICER,)),
    (
        "v fragment cycle",
        "fragment F on Household { ...G } fragment G on Household { ...F } { households(first: 1) { ...F } }",
        {},
        (OFFICER,),
    ),
    ("v duplicate variable", "query($a: Int, $a: Int) { households(first: $a) { id } }", {}, (OFFICER,)),
    ("v undefined variable", "{ households(first: $n) { id } }", {}, (OFFICER,)),
    ("v unused variable", "query($n: Int) { households(first: 1) { id } }", {}, (OFFICER,)),
    ("v unknown directive", "{ households(first: 1) @foo { id } }", {}, (OFFICER,)),
    ("v directive wrong location", "query @skip(if: true) { households(first: 1) { id } }", {}, (OFFICER,)),
    (
        "v directive on fragment definition",
        "fragment F on Household @include(if: true) { id } { households(first: 1) { ...F } }",
        {},
        (OFFICER,),
    ),
    ("v repeated directive", "{ households(first: 1) { id @skip(if: true) @skip(if: false) } }", {}, (OFFICER,)),
    ("v unknown directive argument", "{ households(first: 1) { id @skip(if: true, unless: false) } }", {}, (OFFICER,)),
    ("v duplicate argument", "{ households(first: 1, first: 2) { id } }", {}, (OFFICER,)),
    ("v float for int", "{ households(first: 1.5) { id } }", {}, (OFFICER,)),
    ("v null for required argument", "{ household(id: null) { id } }", {}, (OFFICER,)),
    ("v missing required argument", "{ household { id } }", {}, (OFFICER,)),
    ("v missing directive argument", "{ households(first: 1) { id @skip } }", {}, (OFFICER,)),
    ("v missing introspection argument", "{ __type { name } }", {}, (OFFICER,)),
    (
        "v nullable variable in required position",
        "query($id: ID) { household(id: $id) { id } }",
        {"id": "1"},
        (OFFICER,),
    ),
    ("v conflicting aliases", "{ households(first: 1) { id: status id } }", {}, (OFFICER,)),
    ("v int for string", "{ households(first: 1) { payments(period: 1) { amount } } }", {}, (OFFICER,)),
    ("v enum for string", "{ households(first: 1, status: ACTIVE) { id } }", {}, (OFFICER,)),
    (
        "v input object missing field",
        'mutation { registerHousehold(input: {regionCode: "1", members: []}) { id } }',
        {},
        (OFFICER,),
    ),
    (
        "v input object unknown field",
        'mutation { registerHousehold(input: {regionCode: "1", urbanRural: URBAN, members: [], nope: 1}) { id } }',
        {},
        (OFFICER,),
    ),
    (
        "v input object unknown field suggested",
        'mutation { registerHousehold(input: {regionCode: "1", urbanRural: URBAN, members: [], adress: "x"}) { id } }',
        {},
        (OFFICER,),
    ),
    (
        "v unknown enum value",
        'mutation { registerHousehold(input: {regionCode: "1", urbanRural: MARS, members: []}) { id } }',
        {},
        (OFFICER,),
    ),
    ("v misspelt enum literal", "{ households(first: 1, status: ACTVE) { id } }", {}, (OFFICER,)),
    ("v quoted enum literal", '{ households(first: 1, status: "ACTVE") { id } }', {}, (OFFICER,)),
    ("v enum of another type", "{ findings(first: 1, status: ACTIVE) { id } }", {}, (INSPECTOR,)),
    (
        "v string for enum",
        'mutation { registerHousehold(input: {regionCode: "1", urbanRural: "URBAN", members: []}) { id } }',
        {},
        (OFFICER,),
    ),
    (
        "v duplicate input field",
        'mutation { registerHousehold(input: {regionCode: "1", regionCode: "2", urbanRural: '
        "URBAN, members: []}) { id } }",
        {},
        (OFFICER,),
    ),
    ("v string for input object", 'mutation { registerHousehold(input: "x") { id } }', {}, (OFFICER,)),
    (
        "v list item missing fields",
        'mutation { registerHousehold(input: {regionCode: "1", urbanRural: URBAN, members: [{name: "a"}]}) { id } }',
        {},
        (OFFICER,),
    ),
    (
        "v null list item",
        'mutation { registerHousehold(input: {regionCode: "1", urbanRural: URBAN, members: [null]}) { id } }',
        {},
        (OFFICER,),
    ),
    ("v list for string", '{ households(first: 1, status: ["A"]) { id } }', {}, (OFFICER,)),
    ("v object for int", "{ households(first: {a: 1}) { id } }", {}, (OFFICER,)),
    ("v string directive argument", '{ __typename @include(if: "yes") }', {}, (OFFICER,)),
    ("v apostrophe in a value", '{ households(first: "it\'s") { id } }', {}, (OFFICER,)),
    ("v apostrophe after the document", "{ households(first: 2) { id } } '", {}, (OFFICER,)),
    ("v unknown field suggestion", "{ households(first: 1) { statuss } }", {}, (OFFICER,)),
    ("v unknown argument suggestion", "{ households(firs: 1) { id } }", {}, (OFFICER,)),
    ("v unknown field on entity", "{ households(first: 1) { payments { amont } } }", {}, (OFFICER,)),
    ("v syntax unexpected name", "{ households(first: 1) { id } } nope", {}, (OFFICER,)),
    ("v syntax unterminated string", '{ households(status: "open) { id } }', {}, (OFFICER,)),
    ("v syntax bad character", "{ households(first: 1) { id ; } }", {}, (OFFICER,)),
    (
        "v missing operation name",
        "query A { households(first: 1) { id } } query B { regions { code } }",
        {},
        (OFFICER,),
    ),
    # --- coercion of variables: one operation per message shape ------------------------------------
    ("c null for required variable", FIRST, {"n": None}, (OFFICER,)),
    ("c missing required variable", REGISTER, {}, (OFFICER,)),
    ("c float for int", FIRST, {"n": 1.5}, (OFFICER,)),
    ("c too large int", FIRST, {"n": 2**40}, (OFFICER,)),
    ("c string for int", FIRST, {"n": "1"}, (OFFICER,)),
    ("c boolean for int", FIRST, {"n": True}, (OFFICER,)),
    (
        "c string for boolean",
        "query($b: Boolean!) { households(first: 1) { id @include(if: $b) } }",
        {"b": "yes"},
        (OFFICER,),
    ),
    ("c int for string", "query($s: String) { payments(first: 1, period: $s) { id } }", {"s": 5}, (OFFICER,)),
    (
        "c misspelt enum value",
        "query($s: HouseholdStatus) { households(first: 1, status: $s) { id } }",
        {"s": "ACTVE"},
        (OFFICER,),
    ),
    (
        "c lower-case enum value",
        "query($s: FindingStatus) { findings(first: 1, status: $s) { id } }",
        {"s": "open"},
        (INSPECTOR,),
    ),
    ("c null list item", "query($s: [String!]) { households(first: 1) { id } }", {"s": [None]}, (OFFICER,)),
    ("c unknown enum value", "query($u: UrbanRural) { households(first: 1) { id } }", {"u": "MARS"}, (OFFICER,)),
    ("c enum suggestion", "query($u: UrbanRural) { households(first: 1) { id } }", {"u": "URBAM"}, (OFFICER,)),
    ("c int for enum", "query($u: UrbanRural) { households(first: 1) { id } }", {"u": 3}, (OFFICER,)),
    ("c boolean for id", "query($id: ID!) { household(id: $id) { id } }", {"id": True}, (OFFICER,)),
    ("c object for id", "query($id: ID!) { household(id: $id) { id } }", {"id": {"a": 1}}, (OFFICER,)),
    ("c null input object", REGISTER, {"i": None}, (OFFICER,)),
    ("c input object missing field", REGISTER, {"i": {"regionCode": "1", "members": []}}, (OFFICER,)),
    (
        "c input object unknown field",
        REGISTER,
        {"i": {"regionCode": "1", "urbanRural": "URBAN", "members": [], "nope": 1}},
        (OFFICER,),
    ),
    (
        "c input object unknown field suggested",
        REGISTER,
        {"i": {"regionCode": "1", "urbanRural": "URBAN", "members": [], "adress": "x"}},
        (OFFICER,),
    ),
    ("c input object bad enum", REGISTER, {"i": {"regionCode": "1", "urbanRural": "MARS", "members": []}}, (OFFICER,)),
    (
        "c input object int for string",
        REGISTER,
        {"i": {"regionCode": 1, "urbanRural": "URBAN", "members": []}},
        (OFFICER,),
    ),
    (
        "c nested list item missing fields",
        REGISTER,
        {"i": {"regionCode": "1", "urbanRural": "URBAN", "members": [{"name": "a"}]}},
        (OFFICER,),
    ),
    (
        "c nested null list item",
        REGISTER,
        {"i": {"regionCode": "1", "urbanRural": "URBAN", "members": [None]}},
        (OFFICER,),
    ),
    ("c nested null field", REGISTER, {"i": {"regionCode": None, "urbanRural": "URBAN", "members": []}}, (OFFICER,)),
    ("c string for input object", REGISTER, {"i": "x"}, (OFFICER,)),
    ("c list for input object", REGISTER, {"i": [1, 2]}, (OFFICER,)),
    (
        "c long list in message",
        "query($l: [Int!]) { households(first: 1) { id } }",
        {"l": list(range(12)) + ["x"]},
        (OFFICER,),
    ),
    (
        "c deep value in message",
        REGISTER,
        {
            "i": {
                "regionCode": "1",
                "urbanRural": "URBAN",
                "members": [{"name": "a", "idNumber": "1", "relation": {"deep": {"deeper": [1]}}}],
            }
        },
        (OFFICER,),
    ),
    ("c apostrophe in a value", FIRST, {"n": "it's"}, (OFFICER,)),
    # --- Relay-style connections: edges, nodes, pageInfo, totalCount; entities inside edges ---------
    (
        "connection edges across subgraphs",
        "{ householdsConnection(first: 5) { totalCount edges { cursor node { id "
        "payments { period amount } findings { rule } bankAccount { bankName } } } pageInfo { hasNextPage hasPreviousPage "
        "startCursor endCursor } } }",
        {},
        (OFFICER, AUDITOR, VILLAGE, BANK),
    ),
    (
        "connection nodes chain",
        "{ householdsConnection(first: 3) { nodes { id members { name household { id payments { amount } } } } } }",
        {},
        (OFFICER, TOWNSHIP),
    ),
    (
        "connection after cursor",
        "query($a: String) { householdsConnection(first: 4, after: $a) { edges { cursor node "
        "{ id findings { rule } } } pageInfo { hasPreviousPage hasNextPage } } }",
        {"a": "$CURSOR"},
        (OFFICER, INSPECTOR),
    ),
    (
        "connection last before cursor",
        "query($b: String) { householdsConnection(last: 2, before: $b) { nodes { id "
        "payments { amount } } pageInfo { hasPreviousPage hasNextPage startCursor } } }",
        {"b": "$CURSOR"},
        (OFFICER,),
    ),
    (
        "connection from the end",
        "{ householdsConnection(last: 3) { nodes { id regionCode } pageInfo { hasNextPage hasPreviousPage } } }",
        {},
        (OFFICER, VILLAGE),
    ),
    (
        "connection fragments on edge and page info",
        "fragment E on HouseholdEdge { cursor node { id payments { amount } } } "
        "fragment P on PageInfo { endCursor hasNextPage } { householdsConnection(first: 3) { edges { ...E } pageInfo { ...P } } }",
        {},
        (OFFICER,),
    ),
    (
        "connection aliases and typename",
        "{ a: householdsConnection(first: 2) { __typename n: totalCount e: edges { "
        "__typename c: cursor node { __typename id } } } b: householdsConnection(last: 1) { pageInfo { __typename "
        "hasPreviousPage } } }",
        {},
        (OFFICER,),
    ),
    (
        "connection include on entity inside edge",
        "query($on: Boolean!) { householdsConnection(first: 3) { edges { node "
        "{ id payments @include(if: $on) { amount } } } } }",
        {"on": True},
        (OFFICER,),
    ),
    (
        "connection bad cursor",
        '{ householdsConnection(first: 2, after: "not-a-cursor") { nodes { id } } }',
        {},
        (OFFICER,),
    ),
    ("connection bad page size", "{ householdsConnection(first: 0) { totalCount } }", {}, (OFFICER,)),
    ("connection first and last", "{ householdsConnection(first: 2, last: 2) { totalCount } }", {}, (OFFICER,)),
    (
        "connection forbidden entity inside edge",
        "{ householdsConnection(first: 3) { nodes { id findings { rule } } } }",
        {},
        (VILLAGE,),
    ),
    (
        "connection payments",
        "{ paymentsConnection(first: 5) { totalCount nodes { id householdId amount } pageInfo { hasNextPage } } }",
        {},
        (OFFICER, BANK),
    ),
    (
        "connection findings with decision",
        "{ findingsConnection(first: 5) { totalCount edges { node { rule decision { id kind } } } } }",
        {},
        (INSPECTOR,),
    ),
    (
        "connection applications",
        "{ applicationsConnection(first: 3) { totalCount nodes { id state nextActions household "
        "{ id payments { amount } } } } }",
        {},
        (OFFICER, TOWNSHIP),
    ),
    (
        "connection rosters and complaints",
        "{ rostersConnection(first: 2) { totalCount nodes { id } } "
        "complaintsConnection(first: 2) { totalCount nodes { id } } }",
        {},
        (APPROVER,),
    ),
    (
        "connection nested roster lines",
        "{ rostersConnection(first: 1) { nodes { id linesConnection(first: 3) { totalCount "
        "edges { cursor node { id accountNumber items { kind amount } } } pageInfo { hasNextPage } } } } }",
        {},
        (APPROVER, AUDITOR),
    ),
    ("connection root refused", "{ findingsConnection(first: 2) { totalCount } }", {}, (VILLAGE,)),
    (
        "i deprecated lists",
        '{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
        {},
        (OFFICER,),
    ),
    (
        "i connection types",
        '{ __type(name: "HouseholdConnection") { fields { name type { kind name ofType { kind name '
        "ofType { kind name ofType { name } } } } } } }",
        {},
        (OFFICER,),
    ),
    # --- introspection ---------------------------------------------------------------------------
    (
        "i schema root types",
        "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }",
        {},
        (OFFICER,),
    ),
    (
        "i type fields with args",
        '{ __type(name: "Household") { name fields { name args { name defaultValue type '
        "{ name kind ofType { name } } } } } }",
        {},
        (OFFICER,),
    ),
    ("i enum values", '{ __type(name: "UrbanRural") { kind enumValues { name isDeprecated } } }', {}, (OFFICER,)),
    (
        "i input fields",
        '{ __type(name: "RegisterHouseholdInput") { kind inputFields { name defaultValue type { kind '
        "name ofType { kind name } } } } }",
        {},
        (OFFICER,),
    ),
    ("i unknown type", '{ __type(name: "Nope") { name } }', {}, (OFFICER,)),
    ("i directives", "{ __schema { directives { name locations args { name } } } }", {}, (OFFICER,)),
    ("i typename root alias", "{ t: __typename households(first: 1) { __typename } }", {}, (OFFICER, VILLAGE)),
    ("i type with variable", "query($n: String!) { __type(name: $n) { name kind } }", {"n": "Payment"}, (OFFICER,)),
    ("i scalar specifiedBy", '{ __type(name: "JSON") { name kind specifiedByURL } }', {}, (OFFICER,)),
    ("i no internal types", "{ __schema { types { name } } }", {}, (OFFICER,)),
]
