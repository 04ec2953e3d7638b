import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';

// GraphiQL and React are served from the installed packages, so the playground works offline.
const ASSETS: Record<string, string> = {
  'react.js': 'react/umd/react.production.min.js',
  'react-dom.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'graphiql/graphiql.min.js',
  'graphiql.css': 'graphiql/graphiql.min.css',
};
const ASSET_PATH = '/playground';

export function servePlaygroundAssets(app: express.Express): void {
  app.get(`${ASSET_PATH}/:file`, (req, res) => {
    const module = ASSETS[req.params.file];
    if (!module) {
      res.sendStatus(404);
      return;
    }
    res.sendFile(path.resolve(require.resolve(module)), { maxAge: '1d' });
  });
}

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
        defaultQuery: '# Districts with their 2018 cluster and their awards\\n{\\n  districts {\\n    name\\n    clusterMembership(year: 2018) { role cluster { id } }\\n    awards { year awardType { code name } }\\n  }\\n}\\n',
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
