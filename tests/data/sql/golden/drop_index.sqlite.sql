DROP INDEX ix_t_c;

DROP INDEX s.ix_t_c;

