import GreenRouteCore

public enum NativeInstanceReader {
    public static func read(contents: String, name: String, path: String) throws -> Instance {
        throw InstanceError(InstanceProblem(kind: .unknownFormat, file: path, line: 1, field: nil, message: "native JSON reader not yet implemented"))
    }
}
