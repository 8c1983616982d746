// Ready-made operations for the key questions, preloaded into Sandbox and listed on /examples.
// They name vocabulary (an indicator, a search word), never answers.

export interface ExampleOperation {
  name: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

const SPAN = 'text sentence { text } document { id title publishedOn publishedIn }';

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    name: 'Lineage',
    title: 'Which tasks of one year led to which results of the next, and why (任务→成效溯源)',
    query: `query Lineage($fromYear: Int!, $toYear: Int!) {
  lineageLinks(fromYear: $fromYear, toYear: $toYear, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      basis score
      via { __typename name }
      task { name year }
      result { name year }
      evidence { ${SPAN} }
    }
  }
}`,
    variables: { fromYear: 2023, toYear: 2024 },
  },
  {
    name: 'Timeline',
    title: 'Every target and reported value of an indicator, with attainment (指标时间线)',
    query: `query Timeline($indicator: String!) {
  indicator(name: $indicator) {
    name unit aliases
    timeline {
      kind period value unit comparator qualifier
      source { ${SPAN} }
      attainment { status ratio actual { period value } }
    }
  }
}`,
    variables: { indicator: '5G基站数' },
  },
  {
    name: 'Search',
    title: 'Chinese full-text search over names and sentences (全文检索)',
    query: `query Search($text: String!) {
  searchHits(text: $text, match: ANY, first: 10) {
    totalCount hint
    terms { term hits }
    edges { score snippet matchedIn node { __typename id name } }
  }
}`,
    variables: { text: '大模型' },
  },
  {
    name: 'PlanStructure',
    title: 'An annual plan’s projects, tasks, higher plans and documents (规划结构)',
    query: `query PlanStructure {
  plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1) {
    nodes {
      name year docNumber taskCount
      facts { field value sources { ${SPAN} } }
      relations(types: [IMPLEMENTS, SUCCEEDS, PART_OF, DESCRIBES]) {
        edges { type direction node { __typename name } sources { ${SPAN} } }
      }
      projects { name tasks(first: 50) { name } }
    }
  }
}`,
    variables: {},
  },
];

/** All examples as one document (Sandbox shows each operation), variables merged. */
export const EXAMPLES_DOCUMENT = EXAMPLE_OPERATIONS.map((o) => `# ${o.title}\n${o.query}`).join('\n\n');
export const EXAMPLES_VARIABLES = Object.assign({}, ...EXAMPLE_OPERATIONS.map((o) => o.variables)) as Record<string, unknown>;
