CREATE TABLE "User" (
    "Id" SERIAL NOT NULL, 
    "order" INTEGER, 
    "user" INTEGER, 
    "old" INTEGER, 
    "select" INTEGER, 
    "has space" INTEGER, 
    "1abc" INTEGER, 
    key INTEGER, 
    PRIMARY KEY ("Id")
);

