// invalid (scope33): two traits of one name in one block (E0428)
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    trait Get { fn other(&self) -> u32; } //~ ERROR the name `Get` is defined multiple times
    x
}
