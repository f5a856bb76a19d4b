CREATE TABLE pgranges (
    i4 INT4RANGE, 
    i8 INT8RANGE, 
    num NUMRANGE, 
    days DATERANGE, 
    during TSRANGE, 
    during_tz TSTZRANGE, 
    rel REGCLASS, 
    mac8 MACADDR8, 
    bits BIT(8), 
    vbits BIT VARYING, 
    vbits12 BIT VARYING(12), 
    kv HSTORE, 
    o OID, 
    span INTERVAL DAY TO SECOND, 
    span3 INTERVAL SECOND (3), 
    r REAL
);

