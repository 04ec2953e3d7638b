import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';

// GraphiQL and React are served from the installed packages, so the playground works offline.
const ASSETS: Record<string, [packageName: string, file: string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
};

// The UMD builds are not in the packages' exports: find each package's folder through its package.json.
function assetPath([packageName, file]: [string, string]): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}
const ASSET_PATH = '/playground';

export function servePlaygroundAssets(app: express.Express): void {
  app.get(`${ASSET_PATH}/:file`, (req, res) => {
    const asset = ASSETS[req.params.file];
    if (!asset) {
      res.sendStatus(404);
      return;
    }
    res.sendFile(assetPath(asset), { maxAge: '1d' });
  });
}

/** The query the playground opens with (test/unit/cost.test.ts keeps it under the cost limit). */
export const PLAYGROUND_QUERY = `# The 2023 city ranking: each district with its cluster, its PAR index and its city awards
{
  cityRankings(year: 2023) {
    rank
    percent
    cluster { id }
    district {
      name
      parIndex(year: 2023) { rank }
      awards(fromYear: 2023, toYear: 2023, level: CITY) { totalCount }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>emulation-graph playground</title>
  <link rel="stylesheet" href="${ASSET_PATH}/graphiql.css">
  <style>html, body, #playground { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="playground">Loading the playground…</div>
  <script src="${ASSET_PATH}/react.js"></script>
  <script src="${ASSET_PATH}/react-dom.js"></script>
  <script src="${ASSET_PATH}/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
    ReactDOM.createRoot(document.getElementById('playground')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: 'headers',
        defaultQuery: ${JSON.stringify(PLAYGROUND_QUERY)},
      }),
    );
  </script>
</body>
</html>`;

/** Shows GraphiQL to a browser that opens the GraphQL URL, in place of Apollo's CDN-hosted page. */
export function playgroundLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: PAGE }; } };
    },
  };
}
