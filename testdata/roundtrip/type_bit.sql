-- Bit string types: bit, bit(n), varbit, varbit(n), bit varying(n), with defaults.
CREATE TABLE bits (
    b1 bit,
    b2 bit(8) DEFAULT B'10101010',
    b3 varbit,
    b4 varbit(16),
    b5 bit varying(5) DEFAULT B'101',
    b6 bit(3) DEFAULT X'7'::bit(3),
    b7 bit varying
);
