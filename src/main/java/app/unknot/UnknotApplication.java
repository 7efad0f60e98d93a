package app.unknot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UnknotApplication {

    public static void main(String[] args) {
        SpringApplication.run(UnknotApplication.class, args);
    }
}
