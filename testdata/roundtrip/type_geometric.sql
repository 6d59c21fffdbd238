-- Geometric types: point, line, lseg, box, path, polygon, circle, and arrays of them.
CREATE TABLE shapes (
    p point,
    l line,
    s lseg,
    b box,
    pa path,
    po polygon,
    c circle,
    ps point[],
    origin point DEFAULT '(0,0)'::point
);
