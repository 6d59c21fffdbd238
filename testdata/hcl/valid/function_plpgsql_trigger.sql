CREATE TABLE posts (body text NOT NULL, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$BEGIN
  NEW.updated := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
