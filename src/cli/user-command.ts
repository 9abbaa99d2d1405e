import type { Command } from 'commander';
import { z } from 'zod';
import { ROLES } from '../db/schema.ts';
import { createUser, setPassword } from '../features/accounts/accounts.service.ts';
import { AppError } from '../lib/errors.ts';
import { withDatabase } from './cli-database.ts';

const createSchema = z.object({
  email: z.email(),
  password: z.string().min(10, 'must be at least 10 characters'),
  name: z.string().trim().min(1),
  role: z.array(z.enum(ROLES)).min(1),
  doctorId: z.coerce.number().int().positive().optional(),
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description(
      'create an account (a doctor account is linked to an existing doctor profile with --doctor-id)',
    )
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--password <password>', 'password, at least 10 characters')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role...>', `one or more of: ${ROLES.join(', ')}`)
    .option('--doctor-id <id>', 'doctor profile to link (role doctor)')
    .action(async (options: Record<string, unknown>) => {
      const parsed = createSchema.safeParse(options);
      if (!parsed.success) {
        fail(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
      }
      const input = parsed.data;
      if (input.role.includes('doctor') && input.doctorId === undefined) {
        fail('--doctor-id is required for the doctor role (see the doctor pages: /en/doctors/<slug>)');
      }
      await withDatabase(async ({ db }) => {
        try {
          const created = await createUser(db, {
            email: input.email,
            password: input.password,
            displayName: input.name,
            roles: input.role,
            doctorId: input.doctorId,
            // The operator vouches for the address: no verification email is sent.
            emailVerified: true,
          });
          console.log(
            `Created user ${created.id} <${created.email}> with roles ${created.roles.join(', ')}.`,
          );
        } catch (error) {
          if (error instanceof AppError) fail(error.message);
          throw error;
        }
      });
    });
  user
    .command('set-password')
    .description("set an account's password")
    .requiredOption('--email <email>')
    .requiredOption('--password <password>', 'at least 10 characters')
    .action(async (options: { email: string; password: string }) => {
      if (options.password.length < 10) fail('--password: must be at least 10 characters');
      await withDatabase(async ({ db }) => {
        try {
          await setPassword(db, options.email, options.password);
          console.log('Password updated.');
        } catch (error) {
          if (error instanceof AppError) fail(error.message);
          throw error;
        }
      });
    });
}
