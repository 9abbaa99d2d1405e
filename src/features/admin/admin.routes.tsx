/** The admin area, /{locale}/admin/…: every page requires the admin role (others get 404). */
import { Hono } from 'hono';
import type { AppEnv } from '../../web/context.ts';
import { adminApplicationRoutes } from './admin-applications.routes.tsx';
import { adminAuditRoutes } from './admin-audit.routes.tsx';
import { adminCatalogRoutes } from './admin-catalog.routes.tsx';
import { adminSettingsRoutes } from './admin-settings.routes.tsx';

export const adminRoutes = new Hono<AppEnv>();
adminRoutes.route('/', adminApplicationRoutes);
adminRoutes.route('/', adminCatalogRoutes);
adminRoutes.route('/', adminSettingsRoutes);
adminRoutes.route('/', adminAuditRoutes);
