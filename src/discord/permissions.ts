/**
 * Who may do what. Server managers (Manage Server or Administrator in that server, or ADMIN_USER_IDS) use
 * /settings and /insights; the corpus may also be managed by members holding a role the server named with
 * `/settings manager-roles`.
 */
import {
  type APIInteractionGuildMember,
  type GuildMember,
  PermissionFlagsBits,
  type PermissionsBitField,
} from 'discord.js';

export function isServerManager(
  userId: string,
  memberPermissions: Readonly<PermissionsBitField> | null,
  adminUserIds: readonly string[],
): boolean {
  if (adminUserIds.includes(userId)) return true;
  if (!memberPermissions) return false;
  // Checked again here because default_member_permissions is only a default: server admins can override it.
  return (
    memberPermissions.has(PermissionFlagsBits.ManageGuild, false) ||
    memberPermissions.has(PermissionFlagsBits.Administrator, false)
  );
}

/** Who may change the corpus: server managers, and members with one of the server's corpus manager roles. */
export function isCorpusAdmin(
  userId: string,
  memberPermissions: Readonly<PermissionsBitField> | null,
  adminUserIds: readonly string[],
  roles: { memberRoleIds: readonly string[]; managerRoleIds: readonly string[] } = {
    memberRoleIds: [],
    managerRoleIds: [],
  },
): boolean {
  if (isServerManager(userId, memberPermissions, adminUserIds)) return true;
  return roles.memberRoleIds.some((id) => roles.managerRoleIds.includes(id));
}

/** The role ids of the member behind an interaction (a cached GuildMember or the interaction's raw member). */
export function memberRoleIds(member: GuildMember | APIInteractionGuildMember | null): string[] {
  if (!member) return [];
  if (Array.isArray(member.roles)) return [...member.roles];
  const roles = (member as GuildMember).roles;
  // The member's own list: roles.cache drops roles missing from the guild's role cache.
  const own = (member as unknown as { _roles?: unknown })._roles;
  return Array.isArray(own) ? own.map(String) : [...roles.cache.keys()];
}
