// invalid (pat36): a struct pattern of another struct than the parameter's type: E0308 at the pattern
struct S { x: u32 }
struct T { x: u32 }
fn f(S { x }: T) -> u32 { //~ ERROR [E0308] mismatched types
    x
}
