-- A personal API token may be given an expiry: after it, the token answers as a revoked one (401).
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
