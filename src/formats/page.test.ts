import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from './page.js';

// The give-first labelled set's saved pages: one copy for its benchmark and the tests.
const pages = join(import.meta.dirname, '..', '..', 'bench', 'give-first', 'pages');
const fixture = (name: string) => readFileSync(join(pages, name), 'utf8');

describe('extractPage', () => {
  it('keeps an article title and text and drops navigation, aside and footer', () => {
    const page = extractPage(fixture('article-warehouse-automation.html'));
    expect(page.title).toBe('What warehouse automation really costs');
    expect(page.text).toContain('Autonomous mobile robots and goods-to-person picking systems');
    expect(page.text).toContain('an engineering project second.');
    for (const dropped of ['Subscribe', 'Advertise', 'Ten tips for your next trade show', 'Privacy', '© 2026']) {
      expect(page.text).not.toContain(dropped);
    }
    expect(page.summary).toMatch(/^Robotic picking pays back/);
    expect(page.looksLikeJob).toBe(false);
    expect(page.company).toBeNull();
  });

  it('reads a job listing: role, company and location, with the header and footer dropped', () => {
    const page = extractPage(fixture('job-senior-data-engineer.html'));
    expect(page.looksLikeJob).toBe(true);
    expect(page.role).toBe('Senior Data Engineer – Streaming Platform');
    expect(page.company).toBe('Trey Research');
    expect(page.location).toBe('Madrid, Spain (hybrid)');
    expect(page.text).toContain('design Kafka and Flink pipelines');
    expect(page.text).toContain('Experience with schema evolution and data contracts');
    expect(page.text).not.toContain('All jobs');
    expect(page.text).not.toContain('equal opportunity employer');
  });

  it('prefers a JSON-LD JobPosting for the job fields', () => {
    const html = `<html><head><title>Careers</title><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Demand Planner',
      hiringOrganization: { '@type': 'Organization', name: 'Northwind Traders' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Lagos', addressCountry: 'NG' } },
    })}</script></head><body><main><h1>Join us</h1><p>${'We forecast demand for a growing network of stores. '.repeat(6)}</p></main></body></html>`;
    const page = extractPage(html);
    expect(page).toMatchObject({
      looksLikeJob: true,
      role: 'Demand Planner',
      company: 'Northwind Traders',
      location: 'Lagos, NG',
    });
  });

  it('finds no text in a page that has none', () => {
    const menuOnly =
      '<html><head><title>Empty</title></head><body><nav><a href="/">Home</a> <a href="/about">About us</a></nav><footer>© 2026</footer></body></html>';
    expect(extractPage(menuOnly).text).toBe('');
  });
});

describe('extractPage without site chrome', () => {
  const paragraph = (topic: string) =>
    `<p>Cold chain logistics in Lagos depends on ${topic}, reliable power at the depots and drivers who know which roads flood in the rainy season, so planners build slack into every route.</p>`;
  const page = `<!doctype html><html><head><title>Cold chain in Lagos | Freight Weekly</title>
    <meta property="og:title" content="Cold chain in Lagos | Freight Weekly"></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/kubernetes">Kubernetes jobs</a> <a href="/crypto">Crypto deals</a></nav></header>
    <main><h1>Cold chain in Lagos</h1>${paragraph('refrigerated trucks')}${paragraph('vaccine storage')}${paragraph('port congestion')}</main>
    <footer>Privacy · Terms · Blockchain newsletter · Kubernetes weekly · © Freight Weekly</footer>
    </body></html>`;

  it('drops the site name from the title, and the navigation and footer from the text and summary', () => {
    const extracted = extractPage(page);
    expect(extracted.title).toBe('Cold chain in Lagos');
    expect(extracted.text).toContain('refrigerated trucks');
    expect(extracted.text).not.toMatch(/Kubernetes|Blockchain|Crypto|Privacy/);
    expect(extracted.summary).toMatch(/^Cold chain logistics in Lagos/);
  });

  it('keeps a title whose dash is not followed by the site name', () => {
    const html = page.replaceAll('Cold chain in Lagos | Freight Weekly', 'Lagos - the cold chain story');
    expect(extractPage(html).title).toBe('Lagos - the cold chain story');
  });
});
