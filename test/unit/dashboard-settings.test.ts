import path from 'node:path';
import { loadConfig } from '../../services/core/config';

describe("the dashboard's settings", () => {
  test('serve dashboard/dist with its manifest, no other origin, and every operation unless PERSISTED_ONLY', () => {
    const { dashboardDir, corsOrigins, persisted } = loadConfig({}).gateway;
    expect(dashboardDir).toBe(path.resolve('dashboard/dist'));
    expect(corsOrigins).toEqual([]);
    expect(persisted).toEqual({ only: false, documents: path.resolve('dashboard/dist/persisted-documents.json') });
  });

  test('DASHBOARD_DIR empty: no dashboard, and no manifest unless PERSISTED_DOCUMENTS names one', () => {
    expect(loadConfig({ DASHBOARD_DIR: '' }).gateway).toMatchObject({ dashboardDir: null, persisted: { documents: null } });
    expect(loadConfig({ DASHBOARD_DIR: ' ', PERSISTED_DOCUMENTS: '/srv/manifest.json', PERSISTED_ONLY: 'true' }).gateway).toMatchObject({
      dashboardDir: null,
      persisted: { only: true, documents: '/srv/manifest.json' },
    });
    expect(loadConfig({ DASHBOARD_DIR: '/srv/dashboard' }).gateway.persisted.documents).toBe('/srv/dashboard/persisted-documents.json');
  });

  test('CORS_ORIGINS: origins as a browser sends them, or * alone', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://Dashboard.example.gov.vn/, http://localhost:5173' }).gateway.corsOrigins).toEqual([
      'https://dashboard.example.gov.vn',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).gateway.corsOrigins).toBe('*');
  });

  test.each([
    [{ CORS_ORIGINS: 'dashboard.example.gov.vn' }, /CORS_ORIGINS must list origins/],
    [{ CORS_ORIGINS: 'https://dashboard.example.gov.vn/app' }, /CORS_ORIGINS must list origins/],
    [{ CORS_ORIGINS: 'ftp://dashboard.example.gov.vn' }, /CORS_ORIGINS must list origins/],
    [{ CORS_ORIGINS: '*, https://dashboard.example.gov.vn' }, /CORS_ORIGINS must be \* alone/],
    [{ PERSISTED_ONLY: 'sometimes' }, /PERSISTED_ONLY must be true or false/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
