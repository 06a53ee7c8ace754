-- A measure's name in Korean, shown to Korean readers and found by Korean searches.
ALTER TABLE measure ADD COLUMN name_ko VARCHAR(300);
