import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import type { GraphQLSchema } from 'graphql';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchSchema } from '../shared/introspection';
import './ide.css';

// GraphiQL 4 (completion, docs explorer, history, prettify, Ctrl+Enter) against this server's
// own endpoint, with the example operations the server embeds in the page as the first tabs.

interface Tab {
  query: string;
  variables: string;
}

const examples = (window as unknown as { __PLANGRAPH_EXAMPLES__?: Tab[] }).__PLANGRAPH_EXAMPLES__ ?? [];
const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });

function Ide() {
  // undefined while loading; null when introspection is refused (GraphiQL then works without docs)
  const [schema, setSchema] = useState<GraphQLSchema | null | undefined>(undefined);
  useEffect(() => {
    fetchSchema(`${location.origin}/graphql`).then(setSchema);
  }, []);
  if (schema === undefined) return <p className="pg-loading">Loading the schema…</p>;
  return (
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      defaultTabs={examples}
      // GraphiQL 4 fills the first tab's editors from these, not from defaultTabs
      query={examples[0]?.query}
      variables={examples[0]?.variables}
      defaultEditorToolsVisibility="variables"
      isHeadersEditorEnabled
    >
      <GraphiQL.Logo>
        <a className="pg-logo" href="/explorer" title="Open the explorer">
          PlanGraph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('ide')!).render(<Ide />);
