import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site';

describe('siteUrlWarning', () => {
  it('warns a production build without SITE_URL, saying what the URLs will be and how to set it', () => {
    const warning = siteUrlWarning({ NODE_ENV: 'production' });
    expect(warning).toContain('http://localhost:3000');
    expect(warning).toContain('SITE_URL=https://');
  });

  it('is quiet once SITE_URL is set, and in development', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://learn-docker.example' })).toBeUndefined();
    expect(siteUrlWarning({ NODE_ENV: 'development' })).toBeUndefined();
  });
});
