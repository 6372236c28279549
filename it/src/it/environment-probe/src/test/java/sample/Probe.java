package sample;

/** Prints facts about the environment as key=value lines. */
public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        System.out.println("sample.answer=42");
        System.out.println("sample.cwd=" + System.getProperty("user.dir"));
    }
}
