-- Course names in Arabic, Spanish, Russian and Chinese (English and French keep their columns).
ALTER TABLE "training_courses" ADD COLUMN "names" jsonb DEFAULT '{}'::jsonb NOT NULL;
