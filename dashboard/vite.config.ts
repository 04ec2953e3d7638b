import fs from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const GATEWAY = process.env.GATEWAY_URL ?? 'http://localhost:4000';

/**
 * Puts the manifest of the app's operations beside the app, keyed by the sha256 (hex) of each text:
 * the gateway runs these texts for the hash a request names, and only these with PERSISTED_ONLY.
 */
function persistedDocuments(): Plugin {
  return {
    name: 'persisted-documents',
    generateBundle() {
      const generated: Record<string, string> = JSON.parse(fs.readFileSync(new URL('./src/gql/persisted-documents.json', import.meta.url), 'utf8'));
      const manifest = Object.fromEntries(Object.entries(generated).map(([id, text]) => [id.replace(/^sha256:/, ''), text]));
      this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

// The gateway serves the build at `/`; `vite` in development proxies GraphQL to a running gateway.
export default defineConfig({
  plugins: [react(), persistedDocuments()],
  // ECharts and exceljs load in chunks of their own, when a view draws or a table is exported.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/graphql': GATEWAY, '/dev': GATEWAY } },
});
