import { sql, type Kysely } from 'kysely';

/**
 * The whole domain of DOMAIN.md in one first migration. Frozen in time: never edit it once
 * landed, add a new migration instead. Portable types only, so the same code runs on SQLite
 * and PostgreSQL: ids are app-generated text, timestamps ISO-8601 UTC text (sortable as text),
 * booleans integers 0/1, JSON as text, money integer cents, tax rates in basis points.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = await detectPostgres(db);
  const blob = isPostgres ? 'bytea' : 'blob';

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('theme', 'text', (c) => c.notNull().defaultTo('system'))
    .addColumn('phone', 'text')
    .addColumn('preferences', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('users_role_name').on('users').columns(['role', 'display_name']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey()) // sha-256 of the cookie value, never the value
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('device_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('device_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('device_tokens_user').on('device_tokens').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_email').on('login_attempts').columns(['email', 'attempted_at']).execute();
  await db.schema.createIndex('login_attempts_ip').on('login_attempts').columns(['ip', 'attempted_at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('id', 'integer', (c) => c.primaryKey()) // a single row, id = 1
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('custom_field_definitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull()) // job | customer
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull()) // text | number | date | choice | checkbox
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_mandatory', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('custom_field_definitions_entity_key', ['entity', 'key'])
    .execute();

  // Customers, sites, contacts
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique()) // account number, e.g. C-000042
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull()) // lower-cased, accents removed
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('customers_search_name').on('customers').columns(['search_name', 'id']).execute();
  await db.schema.createIndex('customers_updated').on('customers').columns(['updated_at', 'id']).execute();

  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address_line1', 'text', (c) => c.notNull())
    .addColumn('address_line2', 'text')
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull()) // ISO 3166-1 alpha-2
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('access_notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sites_customer').on('sites').column('customer_id').execute();
  await db.schema.createIndex('sites_city').on('sites').column('city').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('phone', 'text')
    .addColumn('mobile', 'text')
    .addColumn('email', 'text')
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_customer').on('contacts').column('customer_id').execute();

  // Report templates: a draft definition (families and fields as JSON) and frozen versions
  await db.schema
    .createTable('report_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published | archived
    .addColumn('draft', 'text', (c) => c.notNull()) // { families: [{ id, label, fields: [...] }] }
    .addColumn('current_version', 'integer') // latest published N, null before the first publish
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('report_templates_name').on('report_templates').columns(['name', 'id']).execute();

  await db.schema
    .createTable('report_template_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template_id', 'text', (c) => c.notNull().references('report_templates.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_template_versions_number', ['template_id', 'version_number'])
    .execute();

  await db.schema
    .createTable('job_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('default_template_id', 'text', (c) => c.references('report_templates.id'))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Jobs
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique()) // J-000123
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('job_type_id', 'text', (c) => c.references('job_types.id'))
    .addColumn('template_id', 'text', (c) => c.references('report_templates.id'))
    .addColumn('template_version', 'integer')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('manager_id', 'text', (c) => c.references('users.id')) // the job manager, denormalized for filters
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addColumn('paused_at', 'text') // set while paused
    .addColumn('worked_seconds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decline_reason', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('proposed_start', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('validated_at', 'text')
    .addColumn('validated_by', 'text', (c) => c.references('users.id'))
    .addColumn('open_reserves', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_excl_tax_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')) // number + customer + description, lower-cased
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_from', 'text', (c) => c.notNull().defaultTo('console')) // console | field
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, columns] of [
    ['jobs_planned_start', ['planned_start', 'id']],
    ['jobs_status_planned', ['status', 'planned_start', 'id']],
    ['jobs_manager_planned', ['manager_id', 'planned_start', 'id']],
    ['jobs_customer_planned', ['customer_id', 'planned_start', 'id']],
    ['jobs_updated', ['updated_at', 'id']],
    ['jobs_completed', ['status', 'completed_at', 'id']],
    ['jobs_open_reserves', ['open_reserves', 'planned_start', 'id']],
  ] as const) {
    await db.schema.createIndex(name).on('jobs').columns([...columns]).execute();
  }

  await db.schema
    .createTable('job_technicians')
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // manager | auxiliary
    .addPrimaryKeyConstraint('job_technicians_pk', ['job_id', 'user_id'])
    .execute();
  await db.schema.createIndex('job_technicians_user').on('job_technicians').columns(['user_id', 'job_id']).execute();

  await db.schema
    .createTable('job_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull()) // created, scheduled, started, paused, ..., answer_changed
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull()) // console | field | system
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}')) // reason, location, device...
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_events_job').on('job_events').columns(['job_id', 'occurred_at']).execute();

  await db.schema
    .createTable('report_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull()) // JSON of the typed value
    .addColumn('comment', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('report_answers_job_field', ['job_id', 'field_id'])
    .execute();

  // Reserves
  await db.schema
    .createTable('reserves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('template_id', 'text', (c) => c.references('report_templates.id'))
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('field_label', 'text', (c) => c.notNull())
    .addColumn('family_label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // unresolved | resolved | compliant
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('follow_up_job_id', 'text', (c) => c.references('jobs.id'))
    .addColumn('resolved_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, columns] of [
    ['reserves_status_raised', ['status', 'raised_at', 'id']],
    ['reserves_raised', ['raised_at', 'id']],
    ['reserves_job', ['job_id']],
    ['reserves_customer', ['customer_id', 'raised_at']],
    ['reserves_technician', ['raised_by', 'raised_at']],
    ['reserves_assignee', ['assignee_id', 'raised_at']],
    ['reserves_field', ['field_id', 'raised_at']],
  ] as const) {
    await db.schema.createIndex(name).on('reserves').columns([...columns]).execute();
  }

  await db.schema
    .createTable('reserve_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reserve_id', 'text', (c) => c.notNull().references('reserves.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull()) // raised | status_changed | commented | assigned | follow_up
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('comment', 'text')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reserve_events_reserve').on('reserve_events').columns(['reserve_id', 'occurred_at']).execute();

  // Attachments and signatures: content lives in the database so every API instance sees it
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // photo | barcode | document
    .addColumn('description', 'text')
    .addColumn('barcode_value', 'text')
    .addColumn('barcode_format', 'text')
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('visible_to_technician', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_job').on('attachments').columns(['job_id', 'created_at']).execute();

  await db.schema
    .createTable('attachment_contents')
    .addColumn('attachment_id', 'text', (c) => c.primaryKey().references('attachments.id').onDelete('cascade'))
    .addColumn('content', blob, (c) => c.notNull())
    .addColumn('thumbnail', blob)
    .execute();

  await db.schema
    .createTable('signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('signer', 'text', (c) => c.notNull()) // customer | technician
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('image', 'text', (c) => c.notNull()) // data:image/png;base64,...
    .addColumn('signed_by', 'text', (c) => c.references('users.id'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('signatures_job_signer', ['job_id', 'signer'])
    .execute();

  // Catalog, depots, stock and serial units
  await db.schema
    .createTable('catalog_families')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('catalog_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('family_id', 'text', (c) => c.notNull().references('catalog_families.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // part | service
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo('unit'))
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull())
    .addColumn('tax_rate_bp', 'integer', (c) => c.notNull()) // 2000 = 20 %
    .addColumn('is_serialized', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_stock_tracked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('catalog_items_family').on('catalog_items').columns(['family_id', 'search_name']).execute();
  await db.schema.createIndex('catalog_items_search').on('catalog_items').columns(['search_name', 'id']).execute();

  await db.schema
    .createTable('depots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // main | van
    .addColumn('owner_id', 'text', (c) => c.unique().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('stock_levels')
    .addColumn('depot_id', 'text', (c) => c.notNull().references('depots.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalog_items.id'))
    .addColumn('quantity', 'double precision', (c) => c.notNull().check(sql`quantity >= 0`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_levels_pk', ['depot_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('serial_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalog_items.id'))
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // ok | installed | needs_repair | obsolete
    .addColumn('depot_id', 'text', (c) => c.references('depots.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('last_job_id', 'text', (c) => c.references('jobs.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('serial_units_item_serial', ['item_id', 'serial'])
    .execute();
  await db.schema.createIndex('serial_units_serial').on('serial_units').column('serial').execute();
  await db.schema.createIndex('serial_units_status').on('serial_units').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('serial_units_depot').on('serial_units').columns(['depot_id', 'status']).execute();
  await db.schema.createIndex('serial_units_customer').on('serial_units').columns(['customer_id', 'status']).execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull()) // receipt | transfer | install | uninstall | take_back | repair | retire
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalog_items.id'))
    .addColumn('serial_unit_id', 'text', (c) => c.references('serial_units.id'))
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('from_depot_id', 'text', (c) => c.references('depots.id'))
    .addColumn('to_depot_id', 'text', (c) => c.references('depots.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('job_id', 'text', (c) => c.references('jobs.id'))
    .addColumn('status_after', 'text')
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_movements_unit').on('stock_movements').columns(['serial_unit_id', 'occurred_at']).execute();
  await db.schema.createIndex('stock_movements_item').on('stock_movements').columns(['item_id', 'occurred_at']).execute();
  await db.schema.createIndex('stock_movements_occurred').on('stock_movements').column('occurred_at').execute();

  await db.schema
    .createTable('job_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalog_items.id'))
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('serial_unit_id', 'text', (c) => c.references('serial_units.id'))
    .addColumn('serial', 'text')
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull()) // price and tax of the moment
    .addColumn('tax_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('line_total_cents', 'integer', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_items_job').on('job_items').column('job_id').execute();

  await db.schema
    .createTable('take_backs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('serial_unit_id', 'text', (c) => c.references('serial_units.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalog_items.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // ok | needs_repair | obsolete
    .addColumn('was_found', 'integer', (c) => c.notNull()) // the serial was installed at this customer
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('take_backs_job').on('take_backs').column('job_id').execute();
  await db.schema.createIndex('take_backs_unit').on('take_backs').column('serial_unit_id').execute();

  // Cross-cutting: audit, idempotency, live events outbox
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_role', 'text')
    .addColumn('actor_ip', 'text')
    .addColumn('action', 'text', (c) => c.notNull()) // create | update | delete | sign_in | ...
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('changes', 'text', (c) => c.notNull().defaultTo('{}')) // { field: { before, after } }
    .execute();
  await db.schema.createIndex('audit_occurred').on('audit_log').columns(['occurred_at', 'id']).execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity_type', 'entity_id', 'occurred_at']).execute();
  await db.schema.createIndex('audit_actor').on('audit_log').columns(['actor_id', 'occurred_at']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('principal', 'text', (c) => c.notNull()) // user id
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // running | done
    .addColumn('response_status', 'integer')
    .addColumn('response_headers', 'text')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['principal', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_created').on('idempotency_keys').column('created_at').execute();

  await db.schema
    .createTable('outbox_events')
    .addColumn('id', isPostgres ? 'serial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('type', 'text', (c) => c.notNull()) // reserve.raised, job.returned, ...
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('[]')) // roles; [] = every console role
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_created').on('outbox_events').column('created_at').execute();
}

export async function down(): Promise<void> {
  throw new Error('0001_domain cannot be reverted: restore a backup instead');
}

async function detectPostgres(db: Kysely<any>): Promise<boolean> {
  try {
    await sql`select version()`.execute(db);
    return true;
  } catch {
    return false;
  }
}
