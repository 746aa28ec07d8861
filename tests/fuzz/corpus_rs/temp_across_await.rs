// covers: temporaries across awaits (`a + f().await`), nested in calls and comparisons
//@ args: sum 4
async fn f() -> u32 { yield_now().await; 10 }
fn add3(a: u32, b: u32, c: u32) -> u32 { a + b + c }

async fn sum(a: u32) -> u32 {
    let x = a + f().await;
    let y = add3(x, f().await, a * 2);
    let z = (x * 3) - f().await;
    if y > f().await { z } else { y }
}
