import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The compose file as an operator relies on it: a tested Neo4j tag, nothing published beyond
// loopback, health checks that keep the password off every command line, an API that restarts
// and re-ingests only changed documents.

interface Service {
  image?: string;
  restart?: string;
  ports?: string[];
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const { neo4j, api } = compose.services;
const healthText = (s: Service) => (s.healthcheck?.test ?? []).join(' ');

test('Neo4j is the tested 5.26.0 Community image, not a moving tag', () => {
  expect(neo4j.image).toBe('neo4j:5.26.0-community');
});

test('Bolt, Browser and the API are published on 127.0.0.1 only', () => {
  expect(neo4j.ports?.map((p) => p.split(':').slice(1).join(':')).sort()).toEqual(['7474:7474', '7687:7687']);
  for (const p of [...(neo4j.ports ?? []), ...(api.ports ?? [])]) expect(p.startsWith('127.0.0.1:')).toBe(true);
});

test('health checks carry no password: not the value, not the variable', () => {
  for (const service of [neo4j, api]) {
    const text = healthText(service);
    expect(text).not.toBe('');
    expect(text).not.toMatch(/PASSWORD|NEO4J_AUTH|-p\s|--password/);
  }
  expect(healthText(neo4j)).toContain('http://127.0.0.1:7474');
  expect(healthText(api)).toContain('http://127.0.0.1:4000/health');
});

test('the API waits for a healthy Neo4j, restarts unless stopped, and re-ingests only changed documents', () => {
  expect(api.depends_on?.neo4j.condition).toBe('service_healthy');
  expect(api.restart).toBe('unless-stopped');
  expect(neo4j.restart).toBe('unless-stopped');
  expect(api.command).toEqual(['node', 'dist/src/cli.js', 'serve', '--ingest', 'seeds', '--if-changed']);
  expect(api.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
});
