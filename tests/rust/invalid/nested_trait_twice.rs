// invalid (not supported, items31): two traits of one name, one in a fn body (rustc accepts it)
trait Get { fn get(&self) -> u32; }
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; } //~ ERROR two traits named `Get` with one in a function body are not supported
    x
}
