import { describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../../../contracts/health';
import { useTestApp } from '../../testing/test-app';

describe('health', () => {
  const t = useTestApp();

  it('answers without a session with the database kind and the newest applied migration', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const health = healthResponseSchema.parse(response.json());
    expect(health.database.kind).toBe(process.env.TEST_DATABASE_KIND);
    expect(health.database.migration).toMatch(/^\d{4}_/);
  });
});
