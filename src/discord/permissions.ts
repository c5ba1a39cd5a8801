/** Who may change the corpus: members with Manage Server or Administrator in that server, or listed bot admins. */
import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

export function isCorpusAdmin(
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
