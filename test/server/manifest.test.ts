/**
 * The app package: the unified manifest (Teams tab + Outlook add-in), its icons, the Entra app manifest
 * and the Agents Toolkit project file hold together, and hold no real ids or secrets.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const manifestText = readFileSync('manifest/manifest.json', 'utf8');
const manifest = JSON.parse(manifestText) as Record<string, any>;
const aadText = readFileSync('manifest/aad.manifest.json', 'utf8');
const project = parseYaml(readFileSync('teamsapp.yml', 'utf8')) as { version: string; provision: { uses: string; with?: Record<string, string> }[] };
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.json', () => {
  it('is a unified manifest of version 1.17 or later, matching its schema URL', () => {
    const [major, minor] = String(manifest['manifestVersion']).split('.').map(Number);
    expect(major! > 1 || (major === 1 && minor! >= 17)).toBe(true);
    expect(manifest['$schema']).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest['manifestVersion']}/MicrosoftTeams.schema.json`);
    expect(manifest['version']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has the fields every app package needs, within their length limits', () => {
    for (const field of ['id', 'developer', 'name', 'description', 'icons', 'accentColor']) expect(manifest).toHaveProperty(field);
    expect(manifest['developer']).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        websiteUrl: expect.stringMatching(/^https:\/\//),
        privacyUrl: expect.stringMatching(/^https:\/\//),
        termsOfUseUrl: expect.stringMatching(/^https:\/\//),
      }),
    );
    expect(String(manifest['name'].short).replace(/\$\{\{\w+\}\}/g, '').length).toBeLessThanOrEqual(30);
    expect(String(manifest['name'].full).length).toBeLessThanOrEqual(100);
    expect(String(manifest['description'].short).length).toBeLessThanOrEqual(80);
    expect(String(manifest['description'].full).length).toBeLessThanOrEqual(4000);
    expect(manifest['accentColor']).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('names no real tenant, app or client id: only placeholders', () => {
    expect(manifest['id']).toBe('${{TEAMS_APP_ID}}');
    expect(manifest['webApplicationInfo']).toEqual({ id: '${{AAD_APP_CLIENT_ID}}', resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}' });
    expect(manifestText).not.toMatch(GUID);
    expect(aadText).not.toMatch(GUID);
    expect(`${manifestText}${aadText}`).not.toMatch(/secret/i);
  });

  it('ships a 192x192 color icon and a 32x32 outline icon', () => {
    expect(pngSize(`manifest/${manifest['icons'].color}`)).toEqual({ width: 192, height: 192 });
    expect(pngSize(`manifest/${manifest['icons'].outline}`)).toEqual({ width: 32, height: 32 });
  });

  it('declares the Teams tabs on the app domain, which is the only valid domain', () => {
    const tabs = manifest['staticTabs'] as { entityId: string; contentUrl: string; scopes: string[] }[];
    expect(tabs.map((t) => t.entityId)).toEqual(['findTime', 'invites']);
    for (const tab of tabs) {
      expect(tab.contentUrl.startsWith('https://${{TAB_DOMAIN}}/')).toBe(true);
      expect(tab.scopes).toEqual(['personal']);
    }
    expect(manifest['validDomains']).toEqual(['${{TAB_DOMAIN}}']);
  });

  it('declares one Outlook add-in whose ribbon button opens a task pane runtime that exists', () => {
    const extensions = manifest['extensions'] as any[];
    expect(extensions).toHaveLength(1);
    const extension = extensions[0];
    expect(extension.requirements.scopes).toEqual(['mail']);
    const actions = new Set(extension.runtimes.flatMap((r: any) => r.actions.map((a: any) => a.id)));
    for (const runtime of extension.runtimes) expect(runtime.code.page).toBe('https://${{TAB_DOMAIN}}/addin');
    const controls = extension.ribbons.flatMap((r: any) =>
      r.tabs.flatMap((t: any) => [...t.groups.flatMap((g: any) => g.controls), ...(t.customMobileRibbonGroups ?? []).flatMap((g: any) => g.controls)]),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      expect(actions.has(control.actionId)).toBe(true);
      for (const icon of control.icons) {
        expect(icon.url).toBe(`https://\${{TAB_DOMAIN}}/icons/icon-${icon.size}.png`);
        // The file the server serves at that URL exists, at that size, and is not the white outline.
        expect(pngSize(`manifest/icon-${icon.size}.png`)).toEqual({ width: icon.size, height: icon.size });
      }
    }
  });

  it('shows the button on a meeting being written, a meeting opened as attendee, and a message read (also on mobile)', () => {
    const ribbons = (manifest['extensions'] as any[])[0].ribbons as any[];
    expect(ribbons.flatMap((r) => r.contexts).sort()).toEqual(['mailRead', 'meetingDetailsAttendee', 'meetingDetailsOrganizer']);
    for (const r of ribbons) for (const t of r.tabs) expect(t.builtInTabId).toBe('TabDefault');
    for (const r of ribbons) for (const t of r.tabs) for (const g of t.groups) expect(g.icons.map((i: any) => i.size)).toEqual([16, 32, 80]);
    const mobile = ribbons.filter((r) => r.requirements?.formFactors?.includes('mobile'));
    expect(mobile).toHaveLength(1);
    // Outlook on iOS and Android shows add-in commands when reading mail (the meeting request in the Inbox).
    expect(mobile[0].contexts).toEqual(['mailRead']);
    const button = mobile[0].tabs[0].customMobileRibbonGroups[0].controls[0];
    expect(button.type).toBe('mobileButton');
    // Microsoft's mobile button takes nine icons: 25, 32 and 48 px at scales 1, 2 and 3.
    expect(button.icons.map((i: any) => `${i.scale}x${i.size}`).sort()).toEqual(['1x25', '1x32', '1x48', '2x25', '2x32', '2x48', '3x25', '3x32', '3x48']);
  });

  it('asks Outlook for read/write access to the open item only (MailboxItem.ReadWrite.User)', () => {
    expect(manifest['authorization']).toEqual({ permissions: { resourceSpecific: [{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }] } });
  });
});

describe('aad.manifest.json', () => {
  const aad = JSON.parse(aadText) as { replyUrlsWithType: { url: string; type: string }[]; requiredResourceAccess: { resourceAccess: { id: string; type: string }[] }[] };

  it("registers every redirect URI the sign-in uses: the NAA broker and MSAL's redirect bridge page, as SPA", () => {
    expect(aad.replyUrlsWithType).toEqual([
      { url: 'brk-multihub://${{TAB_DOMAIN}}', type: 'Spa' },
      { url: 'https://${{TAB_DOMAIN}}/auth/redirect.html', type: 'Spa' },
    ]);
  });

  it('asks for exactly the delegated permissions the browser requests, and application ones only for the report', async () => {
    const { GRAPH_SCOPES } = await import('../../src/server/publicConfig.js');
    const access = aad.requiredResourceAccess[0]!.resourceAccess;
    expect(
      access
        .filter((a) => a.type === 'Scope')
        .map((a) => a.id)
        .sort(),
    ).toEqual([...GRAPH_SCOPES].sort());
    expect(access.filter((a) => a.type === 'Scope').map((a) => a.id)).not.toContain('User.ReadBasic.All');
    expect(
      access
        .filter((a) => a.type === 'Role')
        .map((a) => a.id)
        .sort(),
    ).toEqual(['Calendars.Read', 'User.Read.All']);
  });
});

describe('teamsapp.yml', () => {
  it('provisions the Entra app and the Teams app, then validates and packages this manifest', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    const steps = project.provision.map((s) => s.uses);
    const order = ['aadApp/create', 'teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage'].map((u) => steps.indexOf(u));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const step of project.provision) {
      for (const key of ['manifestPath']) if (step.with?.[key]) expect(existsSync(step.with[key]!)).toBe(true);
    }
  });
});
