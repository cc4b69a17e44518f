// The manifest describes the published package, and what is generated from it type-checks in a
// consumer's strict tsconfig. Needs the build (dist/, custom-elements.json), as CI runs it first.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import type { Package } from 'custom-elements-manifest';
import { describe, expect, it } from 'vitest';
import { elementsOf, reactWrappers, vueTypes } from './framework-types.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(here('../custom-elements.json'), 'utf8')) as Package;
const packageJson = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as { exports: Record<string, unknown> };
const elements = elementsOf(manifest);
const fixtures = here('../../react/test/types/');
const fixture = (name: string) => readFileSync(`${fixtures}${name}`, 'utf8');

describe('custom-elements.json', () => {
  it('is valid against the Custom Elements Manifest schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names only published modules, each of which exists in dist/', () => {
    const paths = [...JSON.stringify(manifest).matchAll(/"module":"([^"]+)"|"path":"([^"]+)"/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !/^dist\/.+\.js$/.test(path))).toEqual([]);
    expect([...new Set(paths)].filter((path) => !existsSync(here(`../${path}`)))).toEqual([]);
  });

  it('has a definition for every tag, in the define.js entry the package exports', () => {
    const defineEntries = Object.keys(packageJson.exports)
      .filter((entry) => entry.endsWith('/define.js'))
      .map((entry) => entry.slice(2))
      .sort();
    expect(elements.map((e) => e.define).sort()).toEqual(defineEntries);
    expect(elements.map((e) => e.tag)).toEqual([
      'tandem-availability-picker',
      'tandem-goal-tracker',
      'tandem-message-panel',
      'tandem-notification-settings',
      'tandem-provider',
    ]);
  });

  it('types every Tandem event with its class, and lists no statics, privates or lifecycle callbacks', () => {
    const events = elements.flatMap((e) => e.events.map((v) => ({ tag: e.tag, ...v })));
    expect(events.filter((v) => v.name.startsWith('tandem-') && !v.eventClass)).toEqual([]);
    expect(
      events.find((v) => v.tag === 'tandem-goal-tracker' && v.name === 'tandem-progress-recorded')?.eventClass,
    ).toBe('TandemProgressRecordedEvent');
    const members = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) =>
        ('members' in d ? (d.members ?? []) : []).map((x) => ({ class: d.name, ...x })),
      ),
    );
    expect(members.length).toBeGreaterThan(20);
    expect(
      members.filter((x) => x.static || x.privacy || x.name.startsWith('_') || x.name.endsWith('Callback')),
    ).toEqual([]);
  });
});

describe('the generated framework types', () => {
  const tandemEvents = elements.flatMap((e) => e.events.filter((v) => v.eventClass).map((v) => ({ tag: e.tag, ...v })));

  it('are type-checked by a strict application tsconfig (exactOptionalPropertyTypes, no skipLibCheck)', async () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const run = promisify(execFile)(process.execPath, [tsc, '-p', `${fixtures}tsconfig.json`]);
    await expect(
      run.then(
        () => 'no errors',
        (error: { stdout: string }) => error.stdout,
      ),
    ).resolves.toBe('no errors');
  }, 120_000);

  it('are exercised by the fixtures for every element and every event', () => {
    const react = fixture('react-jsx.tsx');
    const preact = fixture('preact.tsx');
    const solid = fixture('solid.tsx');
    const vue = fixture('vue.ts');
    const wrappers = fixture('react-wrappers.tsx');
    const missing = [
      ...elements.flatMap((e) => [react, preact, solid].filter((f) => !f.includes(`<${e.tag}`)).map(() => e.tag)),
      ...tandemEvents.flatMap((v) => [
        ...(react.includes(`ontandem-${v.name.slice(7)}=`) ? [] : [`react ${v.name}`]),
        ...(preact.includes(`on${v.name}=`) ? [] : [`preact ${v.name}`]),
        ...(solid.includes(`on:${v.name}=`) ? [] : [`solid ${v.name}`]),
      ]),
    ];
    expect(missing).toEqual([]);
    // Every wrapper's every event prop, and Vue's on<Event> props, as generated.
    const wrapperProps = [...reactWrappers(elements).matchAll(/ {4}(on\w+): '/g)].map((m) => m[1]!);
    const vueProps = [...vueTypes(elements).matchAll(/ (onTandem\w+)\?:/g)].map((m) => m[1]!);
    expect(wrapperProps.length).toBeGreaterThanOrEqual(tandemEvents.length);
    expect(vueProps).toHaveLength(tandemEvents.length);
    expect([...new Set(wrapperProps)].filter((p) => !wrappers.includes(`${p}=`))).toEqual([]);
    expect([...new Set(vueProps)].filter((p) => !vue.includes(`${p}:`))).toEqual([]);
  });

  it('refuse a tag that no define.js registers', () => {
    const broken = structuredClone(manifest);
    for (const module of broken.modules) {
      module.exports = module.exports?.filter((e) => e.name !== 'tandem-goal-tracker');
    }
    expect(() => elementsOf(broken)).toThrow(
      '<tandem-goal-tracker> has no define.js that registers it in the manifest',
    );
  });
});
