// invalid: a type alias and a struct of one name
struct W;
type W = u8; //~ ERROR [E0428] the name `W` is defined multiple times
