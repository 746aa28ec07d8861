// invalid (pat36): a parameter pattern moves the Guard field into g; g moved twice: E0382
struct G { g: Guard, k: u32 }
fn eat(g: Guard) -> u32 { 0 }
fn f(G { g, k }: G) -> u32 {
    eat(g);
    eat(g) + k //~ ERROR [E0382] use of moved value: `g`
}
