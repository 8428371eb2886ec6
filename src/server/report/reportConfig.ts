/** The report's settings from the environment, read once at start-up; bad values name the variable. */
import { ConfigError, type Environment } from '../config.js';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../services/report/index.js';
import { resolveZone } from '../../core/time/zones.js';

export interface ReportConfig {
  readonly settings: ReportSettings;
  readonly adminGroupId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function groupId(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!GUID.test(value)) throw new ConfigError(name, `${name} must be the object id (a GUID) of a Microsoft 365 or security group; unset it to go by job title.`);
  return value;
}

export function readReportConfig(env: Environment): ReportConfig {
  const zone = env['REPORT_TIME_ZONE']?.trim() || DEFAULT_REPORT_SETTINGS.timeZone;
  try {
    resolveZone(zone, 'REPORT_TIME_ZONE');
  } catch {
    throw new ConfigError('REPORT_TIME_ZONE', `REPORT_TIME_ZONE="${zone}" is not a time zone; use an IANA name such as America/New_York.`);
  }
  const rawTarget = env['REPORT_TARGET_HOURS_PER_WEEK']?.trim();
  const target = rawTarget ? Number(rawTarget) : DEFAULT_REPORT_SETTINGS.targetHoursPerWeek;
  if (!Number.isFinite(target) || target < 0 || target > 40) {
    throw new ConfigError('REPORT_TARGET_HOURS_PER_WEEK', `REPORT_TARGET_HOURS_PER_WEEK="${rawTarget}" is not a number of hours from 0 to 40.`);
  }
  const titles = env['REPORT_ORGANIZER_TITLES']
    ?.split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  const principalsGroupId = groupId(env, 'PRINCIPALS_GROUP_ID');
  const organizersGroupId = groupId(env, 'ORGANIZERS_GROUP_ID');
  const adminGroupId = groupId(env, 'ADMIN_GROUP_ID');
  return {
    settings: {
      ...DEFAULT_REPORT_SETTINGS,
      timeZone: zone,
      targetHoursPerWeek: target,
      ...(principalsGroupId ? { principalsGroupId } : {}),
      ...(organizersGroupId ? { organizersGroupId } : {}),
      ...(titles && titles.length > 0 ? { organizerJobTitles: titles } : {}),
    },
    ...(adminGroupId ? { adminGroupId } : {}),
  };
}
