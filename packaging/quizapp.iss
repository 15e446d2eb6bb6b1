; Inno Setup 6 script: Windows installer for the PyInstaller folder dist\quizapp\ (built by quizapp.spec).
; Build (the version comes from pyproject.toml, passed in by the release workflow):
;   iscc /DAppVersion=0.1.0 packaging\quizapp.iss     ->  dist\quizapp-0.1.0-windows-x64-setup.exe
; Installs for all users (Program Files, needs admin) or, if the user picks it / /CURRENTUSER, for one user
; without admin rights. Start-menu entry runs quizapp-gui.exe (windowed, no console); quizapp.exe is the CLI.
; Silent install for schools:  quizapp-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS
; Silent uninstall:            "%ProgramFiles%\quizapp\unins000.exe" /VERYSILENT
; The app never writes into its install folder: data goes to %LOCALAPPDATA%\quizapp (per user); uninstalling
; leaves each user's data in place.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\quizapp.iss
#endif

[Setup]
AppId={{4F6B2C1E-7A3D-4E8B-9C55-2D1F0A9B7E31}
AppName=quizapp
AppVersion={#AppVersion}
AppVerName=quizapp {#AppVersion}
AppPublisher=quizapp
DefaultDirName={autopf}\quizapp
DefaultGroupName=quizapp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=quizapp-{#AppVersion}-windows-x64-setup
SetupIconFile=..\assets\icons\quizapp.ico
UninstallDisplayIcon={app}\quizapp-gui.exe
UninstallDisplayName=quizapp {#AppVersion}
LicenseFile=..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\quizapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\quizapp"; Filename: "{app}\quizapp-gui.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,quizapp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\quizapp"; Filename: "{app}\quizapp-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\quizapp-gui.exe"; Description: "{cm:LaunchProgram,quizapp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer put there: the per-user data in %LOCALAPPDATA%\quizapp is left alone
Type: filesandordirs; Name: "{app}\_internal"
